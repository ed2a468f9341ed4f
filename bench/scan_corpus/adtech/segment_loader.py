"""Load audience segment files that data partners drop into the import bucket."""
import logging
import tempfile
from pathlib import Path

import boto3
import pandas as pd

from audiences.config import settings
from audiences.store import SegmentStore

log = logging.getLogger(__name__)

REQUIRED_COLUMNS = {"user_id", "segment_id"}


def _download(bucket: str, key: str, workdir: Path) -> Path:
    local = workdir / Path(key).name
    boto3.client("s3").download_file(bucket, key, str(local))
    return local


def _read_frame(local_path: Path) -> pd.DataFrame:
    suffix = "".join(local_path.suffixes[-2:]).lower()
    if suffix.endswith((".csv", ".csv.gz")):
        return pd.read_csv(local_path, dtype=str)
    if suffix.endswith(".parquet"):
        return pd.read_parquet(local_path)
    if suffix.endswith((".pkl", ".pickle")):
        # a few older DMP integrations still export pandas pickles
        return pd.read_pickle(local_path)
    raise ValueError(f"unsupported segment file type: {local_path.name}")


def import_object(key: str, partner_id: str, store: SegmentStore) -> int:
    """Import one uploaded object and return the number of memberships written."""
    with tempfile.TemporaryDirectory(prefix="seg-") as tmp:
        local = _download(settings.partner_upload_bucket, key, Path(tmp))
        frame = _read_frame(local)

    missing = REQUIRED_COLUMNS - set(frame.columns)
    if missing:
        raise ValueError(f"{key}: missing columns {sorted(missing)}")

    frame = frame.dropna(subset=list(REQUIRED_COLUMNS)).drop_duplicates()
    written = store.upsert_memberships(partner_id, frame[["user_id", "segment_id"]].itertuples(index=False))
    log.info("imported %s for partner %s: %d rows", key, partner_id, written)
    return written
