"""CLI: collect a support bundle from the engraving station PC and upload it to the laser vendor."""
import argparse
import io
import json
import platform
import zipfile
from pathlib import Path

import httpx
from dotenv import dotenv_values

VENDOR_UPLOAD_URL = "https://support.lumenlaser.com/api/bundles"
STATION_DIR = Path("/opt/cutler-engraving")


def collect_logs(log_dir: Path, max_files: int = 20) -> list[Path]:
    logs = sorted(log_dir.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
    return logs[:max_files]


def build_bundle(station_dir: Path) -> bytes:
    buf = io.BytesIO()
    settings = dotenv_values(station_dir / ".env")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("system.json", json.dumps({
            "os": platform.platform(),
            "python": platform.python_version(),
            "machine": platform.machine(),
        }, indent=2))
        zf.writestr("station_settings.json", json.dumps(settings, indent=2))
        for log_file in collect_logs(station_dir / "logs"):
            zf.write(log_file, arcname=f"logs/{log_file.name}")
    return buf.getvalue()


def upload(bundle: bytes, ticket: str) -> str:
    files = {"bundle": (f"{ticket}.zip", bundle, "application/zip")}
    resp = httpx.post(VENDOR_UPLOAD_URL, data={"ticket": ticket}, files=files, timeout=60)
    resp.raise_for_status()
    return resp.json()["bundle_id"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ticket", help="vendor support ticket number")
    parser.add_argument("--station-dir", type=Path, default=STATION_DIR)
    args = parser.parse_args()
    bundle = build_bundle(args.station_dir)
    bundle_id = upload(bundle, args.ticket)
    print(f"uploaded {len(bundle)} bytes as bundle {bundle_id}")


if __name__ == "__main__":
    main()
