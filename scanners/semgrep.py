"""semgrep over many trees in one process, with the project's own rules only."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from scanners.finding import Finding, code_fingerprint, normalise_cwe
from scanners.tools import ScannerFailure, read_lines, run_tool, tool_path

RULES_DIR = Path(__file__).parent / "rules"
_IMPACT = {"HIGH": "high", "MEDIUM": "medium", "LOW": "low"}
_LEVEL = {"ERROR": "high", "WARNING": "medium", "INFO": "low"}


def run_semgrep(root: Path, rules: Path = RULES_DIR, timeout: float = 600, jobs: int | None = None,
                targets: list[str] | None = None, scanner: str = "semgrep") -> dict[str, list[Finding]]:
    """Findings under `root` (or only its `targets`), keyed by path relative to it. One process."""
    (root / ".semgrepignore").write_text("")  # an empty ignore file turns off semgrep's default skips (tests/ ...)
    cmd = [
        tool_path("semgrep"), "scan", "--config", str(rules), "--json", "--quiet", "--metrics=off",
        # --disable-nosem: a model's `# nosemgrep` comment must not hide what it wrote
        "--disable-version-check", "--no-git-ignore", "--disable-nosem", "--timeout", "30",
        "-j", str(jobs or max(1, os.cpu_count() or 1)), *(targets or ["."]),
    ]
    try:
        proc = run_tool(cmd, root, timeout)
    except FileNotFoundError:
        raise ScannerFailure("semgrep is not installed (not on PATH)") from None
    except subprocess.TimeoutExpired:
        raise ScannerFailure(f"semgrep timed out after {timeout:.0f}s") from None
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        raise ScannerFailure(f"semgrep exited {proc.returncode}: {tail[0][:300]}") from None
    if proc.returncode not in (0, 1) and not report.get("results"):
        raise ScannerFailure(f"semgrep exited {proc.returncode}: {_first_error(report)}")
    found: dict[str, list[Finding]] = {}
    for res in report.get("results", []):
        meta = res.get("extra", {}).get("metadata", {})
        impact = str(meta.get("impact", "")).upper()
        severity = _IMPACT.get(impact) or _LEVEL.get(res.get("extra", {}).get("severity", ""), "medium")
        lines = res.get("extra", {}).get("lines", "")
        rel = res["path"].removeprefix("./")
        found.setdefault(rel, []).append(Finding(
            scanner=scanner,
            rule_id=res["check_id"].rsplit(".", 1)[-1],
            severity=severity,
            confidence=str(meta.get("confidence", "medium")).lower(),
            cwe=normalise_cwe(meta.get("cwe", ())),
            path=rel,
            line=res["start"]["line"],
            end_line=res["end"]["line"],
            message=res.get("extra", {}).get("message", "").strip(),
            fingerprint=code_fingerprint(read_lines(root / rel, res["start"]["line"], res["end"]["line"])),
            snippet=lines,
        ))
    return found


def rule_errors(report: dict) -> list[str]:
    return [str(e.get("message", e))[:300] for e in report.get("errors", [])]


def _first_error(report: dict) -> str:
    errors = rule_errors(report)
    return errors[0] if errors else "unknown error"

