package org.pomegranate.registry.web;

import java.util.UUID;

import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.Gender;
import org.pomegranate.registry.Language;
import org.pomegranate.registry.NewcomerNeed;
import org.pomegranate.registry.RegistryManagement;
import org.pomegranate.registry.ResidentDetails;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.registry.SupportNeed;
import jakarta.servlet.http.HttpServletRequest;
import org.pomegranate.shared.web.FormRecovery;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the household and resident forms need besides the form object: choices and rule errors. */
@Component
class RegistryFormSupport {

	private final RegistryManagement registry;
	private final FormRecovery recovery;

	RegistryFormSupport(RegistryManagement registry, FormRecovery recovery) {
		this.registry = registry;
		this.recovery = recovery;
	}

	/** A submission whose values could not even be converted still gets its form back. */
	<R extends Record> void recover(Class<R> type, HttpServletRequest request, BindingResult errors, Model model) {
		recovery.recover(type, "form", request, errors, model);
	}

	ResidentForm emptyResident(UUID household) {
		return new ResidentForm(household, "", null, null, null, null, Language.ZH, null, null, false, null);
	}

	/**
	 * Sensitive fields start empty: an edit never shows them, and empty keeps what is stored. So
	 * does the birth date, which beside the masked ID number would narrow it down: the form says
	 * only the year.
	 */
	ResidentForm residentFormOf(ResidentDetails r) {
		return new ResidentForm(r.householdId(), r.name(), r.gender(), null, null, null,
				r.preferredLanguage(), null, r.supportNeeds(), r.newcomer(), r.newcomerNeeds());
	}

	String residentForm(Model model, UUID residentId) {
		model.addAttribute("residentId", residentId);
		model.addAttribute("genders", Gender.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("ethnicities", Ethnicity.values());
		model.addAttribute("supportNeeds", SupportNeed.values());
		model.addAttribute("newcomerNeeds", NewcomerNeed.values());
		return "registry/resident-form";
	}

	String householdForm(Model model, UUID householdId) {
		model.addAttribute("householdId", householdId);
		model.addAttribute("buildings", registry.buildingsInScope());
		return "registry/household-form";
	}

	/** Someone saved the record after this form was opened: say so, keep what was typed. */
	void changedMeanwhile(BindingResult errors) {
		errors.reject("error.changedMeanwhile", "error.changedMeanwhile");
	}
}
