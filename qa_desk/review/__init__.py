"""The review session engine (no Qt): issues, edits, decisions, project file, exports."""
from .session import (DECISIONS, IGNORE_SCOPES, ISSUE_STATUSES, AuditEntry, Changes, Edit,
                      IssueRecord, PersonView, ReviewSession)

__all__ = ["DECISIONS", "IGNORE_SCOPES", "ISSUE_STATUSES", "AuditEntry", "Changes", "Edit",
           "IssueRecord", "PersonView", "ReviewSession"]
