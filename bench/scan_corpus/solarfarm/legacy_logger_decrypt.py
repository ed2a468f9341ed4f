"""Decrypt daily export files from the older SunLog 200 dataloggers.

The 2014-era loggers at the Westfield and Karoo sites still produce encrypted
CSV exports. The vendor tool is Windows-only, so this script lets the data
team pull the exports into the historian from Linux.

Usage:
    python legacy_logger_decrypt.py EXPORT.bin [EXPORT.bin ...] -o out_dir
"""

import argparse
import csv
import io
import os
import sys
from pathlib import Path

from Crypto.Cipher import DES3
from Crypto.Util.Padding import unpad

HEADER_MAGIC = b"SL2E"
IV_LEN = 8


def load_key() -> bytes:
    key = bytes.fromhex(os.environ["SUNLOG_EXPORT_KEY"])
    return DES3.adjust_key_parity(key)


def decrypt_export(blob: bytes, key: bytes) -> str:
    if not blob.startswith(HEADER_MAGIC):
        raise ValueError("not a SunLog export")
    iv = blob[4:4 + IV_LEN]
    body = blob[4 + IV_LEN:]
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return unpad(cipher.decrypt(body), DES3.block_size).decode("latin-1")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exports", nargs="+", type=Path)
    parser.add_argument("-o", "--out-dir", type=Path, default=Path("decrypted"))
    args = parser.parse_args(argv)

    key = load_key()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for path in args.exports:
        text = decrypt_export(path.read_bytes(), key)
        rows = list(csv.reader(io.StringIO(text)))
        out = args.out_dir / (path.stem + ".csv")
        with out.open("w", newline="") as fh:
            csv.writer(fh).writerows(rows)
        print(f"{path.name}: {len(rows)} rows -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
