package org.pomegranate.servicedesk.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.pomegranate.servicedesk.ServiceCatalogue;
import org.pomegranate.servicedesk.ServiceCategory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/service-categories")
@Tag(name = "Service categories", description = "The kinds of request residents can make, with their extra "
		+ "fields and deadlines")
class ServiceCategoryApiController {

	private final ServiceCatalogue catalogue;

	ServiceCategoryApiController(ServiceCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "Every category in catalogue order with its tier, deadlines (minutes) and extra fields; "
			+ "activeOnly=true leaves out the switched-off ones")
	List<ServiceCategory> list(@RequestParam(defaultValue = "false") boolean activeOnly) {
		return activeOnly ? catalogue.active() : catalogue.all();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One category")
	ServiceCategory get(@PathVariable UUID id) {
		return catalogue.category(id);
	}

	@PutMapping("/{id}/deadlines")
	@Operation(summary = "Change a category's deadlines or switch it on or off; applies to requests taken in "
			+ "afterwards (needs MANAGE_CATALOGUE)")
	ServiceCategory changeDeadlines(@PathVariable UUID id, @Valid @RequestBody Deadlines deadlines) {
		catalogue.changeDeadlines(id, deadlines.responseMinutes(), deadlines.resolveMinutes(), deadlines.active());
		return catalogue.category(id);
	}

	/** Minutes from submission to the first response and to resolution. */
	record Deadlines(@NotNull Integer responseMinutes, @NotNull Integer resolveMinutes, @NotNull Boolean active) {
	}
}
