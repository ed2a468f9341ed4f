"""Reads the YAML manifests partners upload with their affiliate price files."""
import logging
import os

import boto3
import yaml

log = logging.getLogger(__name__)

BUCKET = os.environ.get("AFFILIATE_INBOX_BUCKET", "affiliate-inbox")
REQUIRED_COLUMNS = {"hotel_id", "check_in", "nights", "price"}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

s3 = boto3.client("s3")


def parse_manifest(body: bytes) -> dict:
    manifest = yaml.load(body, Loader=_Loader)
    if not isinstance(manifest, dict):
        raise ValueError("manifest must be a mapping")
    missing = REQUIRED_COLUMNS - set(manifest.get("columns") or {})
    if missing:
        raise ValueError(f"manifest missing column mappings: {sorted(missing)}")
    manifest.setdefault("currency", "EUR")
    manifest.setdefault("encoding", "utf-8")
    return manifest


def fetch_manifest(partner: str) -> dict:
    obj = s3.get_object(Bucket=BUCKET, Key=f"{partner}/incoming/manifest.yaml")
    manifest = parse_manifest(obj["Body"].read())
    log.info("Loaded manifest for %s (file=%s)", partner, manifest.get("file"))
    return manifest
