package org.pomegranate.evaluation.survey.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.pomegranate.evaluation.survey.QuestionKind;
import org.pomegranate.evaluation.survey.Survey;
import org.pomegranate.evaluation.survey.SurveyForm;
import org.pomegranate.evaluation.survey.Surveys;
import org.pomegranate.evaluation.survey.Texts;
import org.pomegranate.shared.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages of the surveys: the list and a new draft, one survey with its question builder, the results. */
@Controller
class SurveyPageController {

	private final Surveys surveys;
	private final MessageSource messages;

	SurveyPageController(Surveys surveys, MessageSource messages) {
		this.surveys = surveys;
		this.messages = messages;
	}

	@GetMapping("/surveys")
	String list(Model model) {
		model.addAttribute("surveys", surveys.list(null, 100));
		model.addAttribute("communities", surveys.communitiesInScope());
		return "evaluation/surveys";
	}

	@PostMapping("/surveys")
	String create(@RequestParam(defaultValue = "") String titleZh, @RequestParam(defaultValue = "") String titleEn,
			@RequestParam(defaultValue = "") String titleBo, @RequestParam(defaultValue = "") String titleMn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
			@RequestParam(required = false) List<UUID> communityIds, Model model, HttpServletResponse response) {
		try {
			UUID id = surveys.create(new SurveyForm(new Texts(titleZh, titleEn, titleBo, titleMn), opensOn, closesOn,
					communityIds, List.of()));
			return "redirect:/surveys/" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errors", SurveyFormParams.sentences(e, messages));
			return list(model);
		}
	}

	@GetMapping("/surveys/{id}")
	String show(@PathVariable UUID id, Model model) {
		Survey survey = surveys.get(id);
		model.addAttribute("survey", survey);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("communities", surveys.communitiesInScope());
		return "evaluation/survey";
	}

	@PostMapping("/surveys/{id}/questions")
	String addQuestion(@PathVariable UUID id, @RequestParam(required = false) QuestionKind kind,
			@RequestParam(defaultValue = "false") boolean required, @RequestParam(defaultValue = "") String textZh,
			@RequestParam(defaultValue = "") String textEn, @RequestParam(defaultValue = "") String textBo,
			@RequestParam(defaultValue = "") String textMn, @RequestParam(defaultValue = "") String options,
			Model model, HttpServletResponse response) {
		try {
			surveys.addQuestion(id, new SurveyForm.QuestionForm(kind, required, new Texts(textZh, textEn, textBo, textMn),
					kind != null && kind.hasOptions() ? SurveyFormParams.options(options) : List.of()));
			return "redirect:/surveys/" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errors", SurveyFormParams.sentences(e, messages));
			return show(id, model);
		}
	}

	@PostMapping("/surveys/{id}/publish")
	String publish(@PathVariable UUID id, Model model, HttpServletResponse response) {
		try {
			surveys.publish(id);
			return "redirect:/surveys/" + id + "?published";
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errors", SurveyFormParams.sentences(e, messages));
			return show(id, model);
		}
	}

	@GetMapping("/surveys/{id}/results")
	String results(@PathVariable UUID id, Model model) {
		model.addAttribute("results", surveys.results(id));
		return "evaluation/survey-results";
	}
}
