"""SARIF 2.1.0 for findings, as GitHub code scanning reads it."""

from __future__ import annotations

from collections.abc import Iterable

from scanners import Finding

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
_SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}


def sarif_log(findings: Iterable[Finding], tool_version: str = "0.1.0") -> dict:
    findings = list(findings)
    rules: dict[str, dict] = {}
    results = []
    for f in findings:
        rule_key = f"{f.scanner}/{f.rule_id}"
        if rule_key not in rules:
            rules[rule_key] = {
                "id": rule_key,
                "shortDescription": {"text": f.message.split(". ")[0][:200] or f.rule_id},
                "properties": {"tags": ["security", *f.cwe], "security-severity": _SECURITY_SEVERITY.get(f.severity, "5.0"),
                               "precision": {"high": "high", "medium": "medium", "low": "low"}.get(f.confidence, "medium")},
            }
        results.append({
            "ruleId": rule_key,
            "level": _LEVEL.get(f.severity, "warning"),
            "message": {"text": f.message or f.rule_id},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.path},
                "region": {"startLine": max(1, f.line), "endLine": max(f.line, f.end_line, 1)},
            }}],
            "partialFingerprints": {"normalisedCode/v1": f.fingerprint},
        })
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "suite", "version": tool_version, "rules": list(rules.values())}},
            "results": results,
        }],
    }
