"""SARIF 2.1.0 for findings, as GitHub code scanning reads it (valid against the OASIS schema)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib import metadata

from scanners import Finding

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
_SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}
_PRECISION = {"high": "high", "medium": "medium", "low": "low"}


def suite_version() -> str:
    try:
        return metadata.version("context-sabotage-suite")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def sarif_log(findings: Iterable[Finding], tool_version: str | None = None,
              result_properties: Sequence[dict] | None = None) -> dict:
    """One SARIF run holding `findings`; `result_properties[i]`, when given, becomes the property bag of
    the i-th result (the incident and sample a finding came from)."""
    findings = list(findings)
    if result_properties is not None and len(result_properties) != len(findings):
        raise ValueError("result_properties must have one entry per finding")
    rules: dict[str, dict] = {}
    index: dict[str, int] = {}
    results = []
    for i, f in enumerate(findings):
        rule_key = f"{f.scanner}/{f.rule_id}"
        if rule_key not in rules:
            index[rule_key] = len(rules)
            # tags must be unique in SARIF
            tags = list(dict.fromkeys(["security" if f.kind == "security" else "scope-drift", *f.cwe]))
            rules[rule_key] = {
                "id": rule_key,
                "name": f.rule_id,
                "shortDescription": {"text": f.message.split(". ")[0][:200] or f.rule_id},
                "defaultConfiguration": {"level": _LEVEL.get(f.severity, "warning")},
                "properties": {"tags": tags, "security-severity": _SECURITY_SEVERITY.get(f.severity, "5.0"),
                               "precision": _PRECISION.get(f.confidence, "medium")},
            }
        result = {
            "ruleId": rule_key,
            "ruleIndex": index[rule_key],
            "level": _LEVEL.get(f.severity, "warning"),
            "message": {"text": f.message or f.rule_id},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.path},
                "region": {"startLine": max(1, f.line), "endLine": max(f.line, f.end_line, 1)},
            }}],
            "partialFingerprints": {"normalisedCode/v1": f.fingerprint},
        }
        if result_properties is not None and result_properties[i]:
            result["properties"] = dict(result_properties[i])
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "suite", "version": tool_version or suite_version(),
                                "rules": list(rules.values())}},
            "results": results,
        }],
    }
