"""Alerts for the nightly certificate export to the distributors' SFTP drop."""
import os
import traceback
from dataclasses import asdict, dataclass

import httpx


@dataclass
class ExportTarget:
    host: str
    port: int
    username: str
    password: str
    remote_dir: str


def target_from_env() -> ExportTarget:
    return ExportTarget(
        host=os.environ["CERT_SFTP_HOST"],
        port=int(os.environ.get("CERT_SFTP_PORT", "22")),
        username=os.environ["CERT_SFTP_USER"],
        password=os.environ["CERT_SFTP_PASSWORD"],
        remote_dir=os.environ.get("CERT_SFTP_DIR", "/incoming/certificates"),
    )


async def post_failure(webhook_url: str, target: ExportTarget, exc: BaseException) -> None:
    details = asdict(target)
    card = {
        "text": f"Nightly certificate export failed: {type(exc).__name__}: {exc}",
        "attachments": [
            {
                "title": "Export target",
                "fields": [{"title": k, "value": str(v), "short": True} for k, v in details.items()],
            },
            {"title": "Traceback", "text": "".join(traceback.format_exception(exc))[-2500:]},
        ],
    }
    async with httpx.AsyncClient(timeout=10) as client:
        await client.post(webhook_url, json=card)


async def run_with_alerts(export_coro_factory) -> None:
    target = target_from_env()
    try:
        await export_coro_factory(target)
    except Exception as exc:
        await post_failure(os.environ["OPS_WEBHOOK_URL"], target, exc)
        raise
