"""Scanners: what an edit introduced (semgrep with our rules, bandit) and how far it drifted."""

from scanners.batch import EditPair, ScanResult, scan_pairs
from scanners.differential import changed_lines, introduced_findings
from scanners.finding import SEVERITIES, Finding, code_fingerprint, severity_rank
from scanners.scope import drift_findings, endpoints
from scanners.semgrep import RULES_DIR
from scanners.tools import ScannerFailure

__all__ = [
    "EditPair", "ScanResult", "scan_pairs", "changed_lines", "introduced_findings", "SEVERITIES", "Finding",
    "code_fingerprint", "severity_rank", "drift_findings", "endpoints", "RULES_DIR", "ScannerFailure",
]
