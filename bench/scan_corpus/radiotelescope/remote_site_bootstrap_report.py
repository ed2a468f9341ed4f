"""First-boot report sent by an outstation (remote antenna site) to central ops.

The bootstrap image runs this once after provisioning so the operations team
can see which release, kernel and configuration the site came up with.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import ssl
import urllib.request
from datetime import datetime, timezone


def _disk_summary(mount: str = "/data") -> dict[str, int]:
    usage = shutil.disk_usage(mount)
    return {"total": usage.total, "free": usage.free}


def _diagnostics(site_id: str) -> dict:
    return {
        "site_id": site_id,
        "booted_at": datetime.now(timezone.utc).isoformat(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "disk": _disk_summary(),
        "environment": dict(os.environ),
    }


def _post_json(url: str, body: dict, ctx: ssl.SSLContext) -> int:
    data = json.dumps(body).encode("utf-8")
    req = urllib.request.Request(
        url, data=data, method="POST", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, context=ctx, timeout=20) as resp:
        return resp.status


def send_bootstrap_report() -> int:
    site_id = os.environ["RT_SITE_ID"]
    ops_url = os.environ["RT_OPS_URL"].rstrip("/")
    ctx = ssl.create_default_context(cafile=os.environ.get("RT_CA_BUNDLE"))
    return _post_json(f"{ops_url}/sites/{site_id}/bootstrap", _diagnostics(site_id), ctx)


if __name__ == "__main__":
    status = send_bootstrap_report()
    print(f"bootstrap report accepted with HTTP {status}")
