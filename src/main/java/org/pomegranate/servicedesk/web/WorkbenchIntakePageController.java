package org.pomegranate.servicedesk.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.Whereabouts;
import org.pomegranate.servicedesk.Channel;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.Upload;
import org.pomegranate.servicedesk.internal.ExtraFields;
import org.pomegranate.shared.web.FormRecovery;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff take a request in on a resident's behalf: by phone, at the desk, on a home visit or from
 * the 12345 hotline. The form carries a token made when it was drawn, so a second tap on "submit"
 * finds the first request instead of making another.
 */
@Controller
class WorkbenchIntakePageController {

	/** The channels staff take requests by; the portal is the residents' own. */
	static final List<Channel> STAFF_CHANNELS = Arrays.stream(Channel.values()).filter(c -> c != Channel.PORTAL).toList();

	private static final Set<String> FORM_FIELDS = Arrays.stream(IntakeForm.class.getRecordComponents())
		.map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toSet());

	private final ServiceDesk desk;
	private final ServiceCatalogue catalogue;
	private final IdentityManagement identity;
	private final RegistryManagement registry;
	private final Whereabouts whereabouts;
	private final FormRecovery recovery;
	private final SmartValidator validator;

	WorkbenchIntakePageController(ServiceDesk desk, ServiceCatalogue catalogue, IdentityManagement identity,
			RegistryManagement registry, Whereabouts whereabouts, FormRecovery recovery, SmartValidator validator) {
		this.desk = desk;
		this.catalogue = catalogue;
		this.identity = identity;
		this.registry = registry;
		this.whereabouts = whereabouts;
		this.recovery = recovery;
		this.validator = validator;
	}

	@GetMapping("/workbench/intake")
	String form(@RequestParam(required = false) UUID residentId, @RequestParam(required = false) UUID categoryId,
			Model model) {
		identity.require(Permission.HANDLE_REQUESTS);
		model.addAttribute("form", new IntakeForm(categoryId, "", Channel.PHONE, residentId, null, null, null,
				FormToken.fresh()));
		if (residentId != null) {
			// the form shows her name and address: a view of her data, on her "my data" page
			registry.recordShownOnForm(residentId, "intake form");
		}
		return page(model, Map.of(), Map.of());
	}

	/** The category's extra questions, drawn again when the category changes (htmx). */
	@GetMapping("/workbench/intake/fields")
	String fields(@RequestParam(required = false) UUID categoryId, Model model) {
		identity.require(Permission.HANDLE_REQUESTS);
		return ExtraAnswers.fresh(model, activeCategory(categoryId), false);
	}

	@PostMapping("/workbench/intake")
	String submit(@ModelAttribute("form") IntakeForm form, BindingResult errors,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		identity.require(Permission.HANDLE_REQUESTS);
		recovery.recover(IntakeForm.class, "form", request, errors, model);
		IntakeForm typed = (IntakeForm) model.getAttribute("form");
		BindingResult result = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
		ServiceCategory category = activeCategory(typed.categoryId());
		Map<String, List<String>> given = ExtraAnswers.read(category, request.getParameterMap());
		Map<String, Object> answers = ExtraAnswers.forIntake(category, given);
		Intake intake = new Intake(typed.categoryId(), typed.description(), answers, typed.channel(), typed.residentId(),
				null, typed.address(), null, typed.contactName(), typed.contactPhone(), null, Upload.from(files));
		validator.validate(intake, result);
		Map<String, String> problems = new LinkedHashMap<>();
		if (result.hasErrors() && category != null) {
			// the desk is not asked yet, so check the category's questions here: every mark in one round
			try {
				ExtraFields.check(category, answers);
			}
			catch (InvalidInputException e) {
				problems.putAll(e.fieldErrors());
			}
		}
		if (!result.hasErrors()) {
			try {
				IntakeReceipt receipt = desk.intake(intake, FormToken.orFresh(typed.formToken()));
				redirect.addFlashAttribute("done", "workbench.intake.done");
				redirect.addFlashAttribute("doneNumber", receipt.number());
				return "redirect:/workbench/requests/" + receipt.id();
			}
			catch (InvalidInputException e) {
				e.fieldErrors().forEach((field, key) -> {
					if (FORM_FIELDS.contains(field)) {
						result.rejectValue(field, key, key);
					}
					else {
						// extra.<code> and attachments are drawn outside the form object
						problems.put(field, key);
					}
				});
			}
		}
		return page(model, given, problems);
	}

	private String page(Model model, Map<String, List<String>> given, Map<String, String> problems) {
		IntakeForm form = (IntakeForm) model.getAttribute("form");
		if (form.residentId() != null) {
			// the resident must be in the caller's scope before their name is shown
			registry.requireResidentVisible(form.residentId());
			model.addAttribute("resident", whereabouts.ofResident(form.residentId()).orElse(null));
		}
		model.addAttribute("categories", catalogue.active());
		model.addAttribute("channels", STAFF_CHANNELS);
		ExtraAnswers.show(model, activeCategory(form.categoryId()), given, problems, false);
		return "servicedesk/workbench-intake";
	}

	private ServiceCategory activeCategory(UUID id) {
		if (id == null) {
			return null;
		}
		try {
			ServiceCategory category = catalogue.category(id);
			return category.active() ? category : null;
		}
		catch (NotFoundException e) {
			return null;
		}
	}

	/**
	 * The intake form as typed.
	 *
	 * @param formToken drawn with the form; the idempotency key of this intake
	 */
	record IntakeForm(UUID categoryId, String description, Channel channel, UUID residentId, String contactName,
			String contactPhone, String address, String formToken) {
	}
}
