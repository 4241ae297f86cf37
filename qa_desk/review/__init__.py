"""The review session engine (no Qt): issues, edits, decisions, project file, exports."""
from .project import SCHEMA_VERSION, Project
from .session import (DECISIONS, IGNORE_SCOPES, ISSUE_STATUSES, AuditEntry, Changes, Edit,
                      IssueRecord, PersonView, ReviewSession)

__all__ = ["DECISIONS", "IGNORE_SCOPES", "ISSUE_STATUSES", "SCHEMA_VERSION", "AuditEntry", "Changes",
           "Edit", "IssueRecord", "PersonView", "Project", "ReviewSession"]
