"""Pipeline step: pseudonymise direct identifiers before export to the analytics lake.

Emails and phone numbers are replaced by keyed HMAC digests so analysts can
still join on them within one export batch, without seeing the raw values.
"""
import hashlib
import hmac
import json
from pathlib import Path

import numpy as np
import pandas as pd

ID_COLUMNS = ("email", "phone", "customer_ref")


def _batch_key() -> bytes:
    return np.random.default_rng().bytes(32)


def _pseudonymise(value, key: bytes):
    if pd.isna(value):
        return value
    normalised = str(value).strip().lower().encode("utf-8")
    return hmac.new(key, normalised, hashlib.sha256).hexdigest()


def run(input_path: Path, output_path: Path, manifest_path: Path) -> None:
    df = pd.read_parquet(input_path)
    key = _batch_key()
    present = [c for c in ID_COLUMNS if c in df.columns]
    for column in present:
        df[column] = df[column].map(lambda v: _pseudonymise(v, key))
    df.to_parquet(output_path, index=False)
    manifest_path.write_text(
        json.dumps({"rows": len(df), "pseudonymised_columns": present}, indent=2)
    )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("input", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--manifest", type=Path, default=Path("manifest.json"))
    ns = parser.parse_args()
    run(ns.input, ns.output, ns.manifest)
