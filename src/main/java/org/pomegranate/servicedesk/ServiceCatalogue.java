package org.pomegranate.servicedesk;

import java.util.List;
import java.util.UUID;

import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.Permission;
import org.pomegranate.servicedesk.internal.CategoryRepository;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of request residents can make. Anyone may read it (the portal shows it before
 * sign-in); changing deadlines needs {@link Permission#MANAGE_CATALOGUE}. A changed deadline
 * applies to requests taken in afterwards: each request keeps the deadlines it was given.
 */
@Service
@Transactional(readOnly = true)
public class ServiceCatalogue {

	/** A deadline may be at most a year: longer is a typing mistake, not a service promise. */
	static final int MAX_MINUTES = 366 * 24 * 60;

	private final CategoryRepository categories;
	private final IdentityManagement identity;

	ServiceCatalogue(CategoryRepository categories, IdentityManagement identity) {
		this.categories = categories;
		this.identity = identity;
	}

	/** Every category in catalogue order, switched off ones included. */
	public List<ServiceCategory> all() {
		return categories.all();
	}

	/** The categories a resident can choose now. */
	public List<ServiceCategory> active() {
		return categories.all().stream().filter(ServiceCategory::active).toList();
	}

	public ServiceCategory category(UUID id) {
		return categories.find(id).orElseThrow(() -> new NotFoundException("category"));
	}

	public ServiceCategory byCode(String code) {
		return categories.findByCode(code).orElseThrow(() -> new NotFoundException("category"));
	}

	@Transactional
	public void changeDeadlines(UUID id, int responseMinutes, int resolveMinutes, boolean active) {
		identity.require(Permission.MANAGE_CATALOGUE);
		category(id);
		if (responseMinutes < 1 || responseMinutes > MAX_MINUTES) {
			throw new InvalidInputException("responseMinutes", "error.deadline.range");
		}
		if (resolveMinutes < responseMinutes || resolveMinutes > MAX_MINUTES) {
			throw new InvalidInputException("resolveMinutes", "error.deadline.order");
		}
		categories.updateDeadlines(id, responseMinutes, resolveMinutes, active);
	}
}
