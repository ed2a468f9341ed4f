"""Builds a support bundle for the volunteer who maintains the guild website.

The bundle records which settings are present in the deployment's ``.env``
file without their values, plus package versions and recent job logs, and is
uploaded to the guild's private S3 bucket.
"""
from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import boto3
from dotenv import dotenv_values

PACKAGES = ("flask", "sqlalchemy", "psycopg", "requests", "bcrypt")


def settings_inventory(env_file: Path) -> dict[str, str]:
    values = dotenv_values(env_file)
    return {key: ("set" if value else "empty") for key, value in sorted(values.items())}


def package_versions() -> dict[str, str]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def build_bundle(env_file: Path, log_dir: Path, max_log_bytes: int = 200_000) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("settings.json", json.dumps(settings_inventory(env_file), indent=2))
        zf.writestr("packages.json", json.dumps(package_versions(), indent=2))
        for log_file in sorted(log_dir.glob("*.log"))[-5:]:
            data = log_file.read_bytes()[-max_log_bytes:]
            zf.writestr(f"logs/{log_file.name}", data)
    return buf.getvalue()


def upload_bundle(bucket: str, bundle: bytes) -> str:
    key = f"support-bundles/{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}.zip"
    s3 = boto3.client("s3")
    s3.put_object(
        Bucket=bucket,
        Key=key,
        Body=bundle,
        ContentType="application/zip",
        ServerSideEncryption="AES256",
    )
    return key


if __name__ == "__main__":
    bundle = build_bundle(
        Path(os.environ.get("QUILTGUILD_ENV_FILE", "/etc/quiltguild/site.env")),
        Path(os.environ.get("QUILTGUILD_LOG_DIR", "/var/log/quiltguild")),
    )
    print(upload_bundle(os.environ["SUPPORT_BUNDLE_BUCKET"], bundle))
