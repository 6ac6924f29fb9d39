package org.pomegranate.privacy.internal;

import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.shared.web.ExportAudit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every export of a staff list is one audit entry, with its row count and filters. */
@Component
class AuditedExports implements ExportAudit {

	private final AuditLog audit;

	AuditedExports(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	@Transactional
	public void exported(String list, long rows, String filters) {
		String detail = "rows=" + rows + (filters == null || filters.isBlank() ? "" : " " + filters);
		audit.record(AuditAction.EXPORT, list, null, null, detail.length() > 500 ? detail.substring(0, 500) : detail, null);
	}
}
