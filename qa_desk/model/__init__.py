"""Plain data: the bilingual document, its segments and the issues found in it."""
from .content import CLOSE, OPEN, STANDALONE, Code, Content
from .document import STATES, BilingualDocument, Problem, QualityMark, Segment
from .issue import SEVERITIES, Evidence, Issue, Occurrence, severity_rank

__all__ = [
    "CLOSE", "OPEN", "STANDALONE", "Code", "Content", "STATES", "BilingualDocument",
    "Problem", "QualityMark", "Segment", "SEVERITIES", "Evidence", "Issue", "Occurrence", "severity_rank",
]
