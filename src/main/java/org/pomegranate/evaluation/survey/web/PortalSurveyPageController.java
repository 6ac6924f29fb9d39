package org.pomegranate.evaluation.survey.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.evaluation.survey.Survey;
import org.pomegranate.evaluation.survey.Surveys;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The resident's surveys on the portal: what is open for her, and answering one (once). */
@Controller
class PortalSurveyPageController {

	private final Surveys surveys;
	private final MessageSource messages;

	PortalSurveyPageController(Surveys surveys, MessageSource messages) {
		this.surveys = surveys;
		this.messages = messages;
	}

	@GetMapping("/my/surveys")
	String list(Model model) {
		model.addAttribute("surveys", surveys.openForMe());
		return "evaluation/portal-surveys";
	}

	@GetMapping("/my/surveys/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("survey", surveys.toAnswer(id));
		return "evaluation/portal-survey";
	}

	@PostMapping("/my/surveys/{id}")
	String answer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		Survey survey = surveys.toAnswer(id);
		try {
			surveys.answer(id, SurveyFormParams.answers(survey, params));
			return "redirect:/my/surveys?answered";
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errors", SurveyFormParams.sentences(e, messages));
			model.addAttribute("given", params);
			model.addAttribute("survey", survey);
			return "evaluation/portal-survey";
		}
	}
}
