package org.pomegranate.servicedesk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.pomegranate.organization.OrgLevel;
import org.pomegranate.organization.OrganizationManagement;
import org.pomegranate.privacy.Masking;
import org.pomegranate.servicedesk.Intake;
import org.pomegranate.servicedesk.IntakeReceipt;
import org.pomegranate.servicedesk.ResidentActs;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.pomegranate.servicedesk.ServiceDesk;
import org.pomegranate.servicedesk.Upload;
import org.pomegranate.shared.web.ForbiddenException;
import org.pomegranate.shared.web.ControlCharacters;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking for help on the portal: a signed-in resident (their household says where and who), or
 * anyone with a name, a mobile number and an address or community. The category's own questions
 * follow the chosen category (htmx swaps them in). Then a confirmation with the request number.
 */
@Controller
class PortalSubmitPageController {

	private static final Set<String> LANGUAGES = Set.of("zh", "en", "bo", "mn");

	private final ServiceDesk desk;
	private final ServiceCatalogue catalogue;
	private final OrganizationManagement organization;
	private final IdentityManagement identity;
	private final IntakeThrottle throttle;
	private final ResidentActs acts;

	PortalSubmitPageController(ServiceDesk desk, ServiceCatalogue catalogue, OrganizationManagement organization,
			IdentityManagement identity, IntakeThrottle throttle, ResidentActs acts) {
		this.acts = acts;
		this.desk = desk;
		this.catalogue = catalogue;
		this.organization = organization;
		this.identity = identity;
		this.throttle = throttle;
	}

	@GetMapping("/requests/new")
	String form(@RequestParam(required = false) UUID category, Model model) {
		boolean anonymous = sender().isEmpty();
		return form(model, PortalRequestForm.empty(active(category).map(ServiceCategory::id).orElse(null)),
				Map.of(), Map.of(), anonymous);
	}

	/** The chosen category's own questions, swapped into the form when the choice changes. */
	@GetMapping("/requests/new/fields")
	String fields(@RequestParam(required = false) String categoryId, Model model) {
		return ExtraAnswers.fresh(model, active(uuid(categoryId)).orElse(null), true);
	}

	/**
	 * Open requests of the chosen category in her building (or at the typed address), swapped in
	 * before she sends: "someone reported this yesterday; follow it instead?" Never who reported it.
	 */
	@GetMapping("/requests/new/nearby")
	String nearby(@RequestParam(required = false) String categoryId, @RequestParam(required = false) String communityId,
			@RequestParam(required = false) String address, Model model) {
		boolean anonymous = sender().isEmpty();
		UUID category = active(uuid(categoryId)).map(ServiceCategory::id).orElse(null);
		String typed = address == null || address.length() > 200 ? null : address;
		model.addAttribute("nearby", acts.nearby(category, anonymous ? uuid(communityId) : null, typed));
		model.addAttribute("canFollow", !anonymous);
		model.addAttribute("categoryNames", catalogue.active().stream()
			.collect(java.util.stream.Collectors.toMap(ServiceCategory::id, c -> c.name().in(LocaleContextHolder.getLocale()))));
		return "servicedesk/partials/nearby";
	}

	@PostMapping("/requests/new")
	String submit(@ModelAttribute("form") PortalRequestForm form, BindingResult binding,
			HttpServletRequest request,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		boolean anonymous = sender().isEmpty();
		if (anonymous) {
			// before anything is read or checked: a flood is refused as cheaply as possible
			throttle.check(request, form.contactPhone());
		}
		Optional<ServiceCategory> category = active(form.categoryId());
		Map<String, List<String>> answers = ExtraAnswers.read(category.orElse(null), request.getParameterMap());
		Map<String, String> errors = new LinkedHashMap<>(ControlCharacters.refusedFields(binding));
		form.problems(anonymous).forEach(errors::putIfAbsent);
		if (binding.hasFieldErrors("categoryId") || (form.categoryId() != null && category.isEmpty())) {
			errors.put("categoryId", "error.category.unknown");
		}
		if (binding.hasFieldErrors("communityId")) {
			errors.put("communityId", "portal.error.where");
		}
		if (anonymous && form.communityId() != null && !isCommunity(form.communityId())) {
			errors.put("communityId", "portal.error.where");
		}
		if (errors.isEmpty()) {
			try {
				IntakeReceipt receipt = desk.intake(intake(form, category.get(), answers, photos, anonymous),
						form.tokenOrNew());
				redirect.addFlashAttribute("receipt", receipt);
				if (anonymous) {
					redirect.addFlashAttribute("callBack", Masking.phone(form.contactPhone().strip()));
				}
				return "redirect:/requests/new/sent";
			}
			catch (InvalidInputException e) {
				e.fieldErrors().forEach(errors::putIfAbsent);
			}
		}
		response.setStatus(400);
		model.addAttribute("photosAgain", photos != null && photos.stream().anyMatch(p -> !p.isEmpty()));
		return form(model, form, answers, errors, anonymous);
	}

	@GetMapping("/requests/new/sent")
	String sent(Model model) {
		if (!model.containsAttribute("receipt")) {
			// a reload after the flash is gone: the resident's list still has it
			return sender().isPresent() ? "redirect:/my/requests" : "redirect:/requests/new";
		}
		return "servicedesk/portal-sent";
	}

	private String form(Model model, PortalRequestForm form, Map<String, List<String>> answers,
			Map<String, String> errors, boolean anonymous) {
		List<ServiceCategory> categories = catalogue.active();
		model.addAttribute("form", form);
		model.addAttribute("token", form.tokenOrNew());
		model.addAttribute("categories", categories);
		ExtraAnswers.show(model, categories.stream().filter(c -> c.id().equals(form.categoryId())).findFirst()
			.orElse(null), answers, errors, true);
		model.addAttribute("anonymous", anonymous);
		model.addAttribute("communities", anonymous ? organization.unitsAt(OrgLevel.COMMUNITY) : List.of());
		return "servicedesk/portal-new";
	}

	private Intake intake(PortalRequestForm form, ServiceCategory category, Map<String, List<String>> answers,
			List<MultipartFile> photos, boolean anonymous) {
		Map<String, Object> extra = ExtraAnswers.forIntake(category, answers);
		String language = LocaleContextHolder.getLocale().getLanguage();
		return new Intake(form.categoryId(), form.description().strip(), extra, null, null, null,
				form.trimmed(form.address()), anonymous ? form.communityId() : null,
				anonymous ? form.trimmed(form.contactName()) : null,
				anonymous ? form.trimmed(form.contactPhone()) : null, LANGUAGES.contains(language) ? language : null,
				Upload.from(photos));
	}

	/** The signed-in resident, if any; staff take requests in on their workbench, not here. */
	private Optional<CurrentUser> sender() {
		Optional<CurrentUser> user = identity.signedIn();
		if (user.isPresent() && user.get().role() != Role.RESIDENT) {
			throw new ForbiddenException("the portal is for residents");
		}
		return user;
	}

	private Optional<ServiceCategory> active(UUID id) {
		return id == null ? Optional.empty()
				: catalogue.active().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	private boolean isCommunity(UUID id) {
		return organization.find(id).filter(u -> u.level() == OrgLevel.COMMUNITY).isPresent();
	}

	private static UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
