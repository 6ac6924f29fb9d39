package org.pomegranate.organization.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.pomegranate.organization.DivisionsFile;
import org.pomegranate.organization.DivisionsReport;
import org.pomegranate.organization.OrganizationManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator loads the starting tree: the bundled Haixi divisions with one click, or an
 * uploaded file of the same shape. The report lists what was created, or every bad line.
 */
@Controller
class DivisionsPageController {

	private final OrganizationManagement organization;

	DivisionsPageController(OrganizationManagement organization) {
		this.organization = organization;
	}

	@GetMapping("/org/manage/divisions")
	String page(Model model) {
		organization.stewardRoots();
		return "organization/divisions";
	}

	@PostMapping("/org/manage/divisions")
	String loadBundled(Model model, HttpServletResponse response) {
		return report(organization.loadDivisions(DivisionsFile.bundled()), model, response);
	}

	@PostMapping("/org/manage/divisions/upload")
	String upload(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			return report(organization.loadDivisions(DivisionsFile.read(in)), model, response);
		}
	}

	private static String report(DivisionsReport report, Model model, HttpServletResponse response) {
		if (!report.loaded()) {
			response.setStatus(400);
		}
		model.addAttribute("report", report);
		return "organization/divisions";
	}
}
