package org.pomegranate.safety;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.pomegranate.identity.Scope;
import org.pomegranate.registry.Slice;
import org.pomegranate.safety.SafetyModel.Enterprise;
import org.pomegranate.safety.SafetyModel.EnterpriseForm;
import org.pomegranate.safety.SafetyModel.EnterpriseKind;
import org.pomegranate.safety.internal.EnterpriseRepository;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.pomegranate.shared.web.RuleViolationException;
import org.pomegranate.shared.web.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises registry (企业联络): name, unified social credit code with its check character,
 * unit, address, kind, and the staff member who is their liaison. Only facts about the enterprise,
 * no person's data but the liaison's name.
 */
@Service
@Transactional
public class Enterprises {

	private final EnterpriseRepository enterprises;
	private final SafetyAccess access;
	private final Clock clock;

	Enterprises(EnterpriseRepository enterprises, SafetyAccess access, Clock clock) {
		this.enterprises = enterprises;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Registers an enterprise of a unit in the caller's scope. A code that fails its check is 400; a
	 * code registered already is 409 (decided by the database's unique index).
	 */
	public UUID register(EnterpriseForm form) {
		Scope scope = access.work();
		String name = TextInput.required("name", form.name(), 100);
		String code = TextInput.required("creditCode", form.creditCode(), 18).toUpperCase(Locale.ROOT);
		if (!CreditCode.valid(code)) {
			throw new InvalidInputException("creditCode", "error.enterprise.creditCode");
		}
		if (!scope.contains(form.unitId())) {
			throw new InvalidInputException("unitId", "error.safety.units");
		}
		String address = TextInput.required("address", form.address(), 200);
		TextInput.present("kind", form.kind());
		if (form.liaisonAccountId() != null) {
			UUID liaisonUnit = enterprises.staffUnit(form.liaisonAccountId()).orElse(null);
			// the liaison works in the caller's scope or above the enterprise (a street's liaison for its firms)
			if (liaisonUnit == null || !(scope.contains(liaisonUnit) || access.within(form.unitId(), liaisonUnit))) {
				throw new InvalidInputException("liaisonAccountId", "error.enterprise.liaison");
			}
		}
		UUID id = UUID.randomUUID();
		try {
			enterprises.insert(id, name, code, form, address, clock.instant());
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new RuleViolationException("error.enterprise.duplicate");
		}
		return id;
	}

	@Transactional(readOnly = true)
	public Enterprise enterprise(UUID id) {
		return enterprises.find(id, access.read().asArray()).orElseThrow(() -> new NotFoundException("enterprise"));
	}

	/** Enterprises in scope, newest first; {@code after} is the last id seen. */
	@Transactional(readOnly = true)
	public Slice<Enterprise> enterprises(String name, EnterpriseKind kind, UUID after, int size) {
		Scope scope = access.read();
		int limit = Paging.limit(size);
		return Paging.slice(enterprises.list(scope.asArray(), TextInput.optional("name", name, 100), kind, after,
				limit + 1), limit, Enterprise::id);
	}
}
