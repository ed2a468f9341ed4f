"""Ingest JUnit XML reports uploaded by CI runners into the test-analytics DB.

Runners POST the raw report produced by pytest/surefire/go-junit-report; we keep
per-test durations so the flaky-test detector can spot regressions.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass

from flask import Flask, abort, request
from lxml import etree

log = logging.getLogger("junit-ingest")
app = Flask(__name__)

DB_PATH = os.environ.get("TEST_ANALYTICS_DB", "/var/lib/test-analytics/results.db")
MAX_REPORT_BYTES = 20 * 1024 * 1024
_parser = etree.XMLParser(resolve_entities=True, load_dtd=True, huge_tree=True)


@dataclass
class CaseResult:
    suite: str
    name: str
    classname: str
    seconds: float
    outcome: str


def parse_report(raw: bytes) -> list[CaseResult]:
    root = etree.fromstring(raw, _parser)
    suites = [root] if root.tag == "testsuite" else root.iter("testsuite")
    results = []
    for suite in suites:
        for case in suite.iter("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                outcome = "failed"
            elif case.find("skipped") is not None:
                outcome = "skipped"
            else:
                outcome = "passed"
            results.append(
                CaseResult(
                    suite=suite.get("name", ""),
                    name=case.get("name", ""),
                    classname=case.get("classname", ""),
                    seconds=float(case.get("time") or 0.0),
                    outcome=outcome,
                )
            )
    return results


def store(pipeline_id: str, results: list[CaseResult]) -> None:
    with sqlite3.connect(DB_PATH) as conn:
        conn.executemany(
            "INSERT INTO case_results (pipeline_id, suite, name, classname, seconds, outcome) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(pipeline_id, r.suite, r.name, r.classname, r.seconds, r.outcome) for r in results],
        )


@app.post("/pipelines/<pipeline_id>/junit")
def upload(pipeline_id: str):
    if (request.content_length or 0) > MAX_REPORT_BYTES:
        abort(413)
    try:
        results = parse_report(request.get_data())
    except etree.XMLSyntaxError:
        abort(400)
    store(pipeline_id, results)
    failed = sum(r.outcome == "failed" for r in results)
    log.info("pipeline %s: %d cases, %d failed", pipeline_id, len(results), failed)
    return {"cases": len(results), "failed": failed}, 201
