package org.pomegranate.evaluation.survey.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.pomegranate.evaluation.survey.AnswerForm;
import org.pomegranate.evaluation.survey.Survey;
import org.pomegranate.evaluation.survey.SurveyForm;
import org.pomegranate.evaluation.survey.SurveyResults;
import org.pomegranate.evaluation.survey.SurveySummary;
import org.pomegranate.evaluation.survey.Surveys;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Satisfaction surveys over JSON: staff write, publish and read results; residents list what is open
 * for them and answer once.
 */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Satisfaction surveys", description = "Questionnaires published to communities, answered once per "
		+ "resident without a link to her, results with small counts hidden (满意调查评估)")
class SurveyApiController {

	private final Surveys surveys;
	private final IdentityManagement identity;

	SurveyApiController(Surveys surveys, IdentityManagement identity) {
		this.surveys = surveys;
		this.identity = identity;
	}

	@GetMapping
	@Operation(summary = "Staff: surveys made in or sent into their scope, newest first (keyset: after=<id of the "
			+ "last one seen>). A resident: the surveys open for her that she has not answered")
	List<SurveySummary> list(@RequestParam(required = false) UUID after, @RequestParam(defaultValue = "20") int size) {
		if (identity.currentUser().role() == Role.RESIDENT) {
			return surveys.openForMe();
		}
		return surveys.list(after, size);
	}

	@PostMapping
	@Operation(summary = "A new draft (community heads and officers): title in zh (en, bo, mn optional), the "
			+ "period, the communities of the caller's scope, and the questions (SINGLE, MULTIPLE, SCALE, TEXT)")
	ResponseEntity<Survey> create(@RequestBody SurveyForm form) {
		UUID id = surveys.create(form);
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(surveys.get(id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A survey with its questions: staff within scope; a resident only a survey open for her "
			+ "that she has not answered (409 once answered or outside its period)")
	Survey get(@PathVariable UUID id) {
		if (identity.currentUser().role() == Role.RESIDENT) {
			return surveys.toAnswer(id);
		}
		return surveys.get(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a draft; a published survey answers 409")
	Survey update(@PathVariable UUID id, @RequestBody SurveyForm form) {
		surveys.update(id, form);
		return surveys.get(id);
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publish a draft to its communities; from then on it cannot change (409)")
	Survey publish(@PathVariable UUID id) {
		surveys.publish(id);
		return surveys.get(id);
	}

	@PostMapping("/{id}/answers")
	@Operation(summary = "The signed-in resident answers once (201): a second answer is 409; an option that is not "
			+ "the question's, a scale outside 1–5 or a required question left out is 400; nothing is written then")
	ResponseEntity<Void> answer(@PathVariable UUID id, @RequestBody AnswerForm form) {
		surveys.answer(id, form);
		return ResponseEntity.status(201).build();
	}

	@GetMapping("/{id}/results")
	@Operation(summary = "Counts per community and option with every count under 10 shown as \"< 10\" and any "
			+ "count that would reveal one shown as \"*\"; free texts only from 10 answers")
	SurveyResults results(@PathVariable UUID id) {
		return surveys.results(id);
	}
}
