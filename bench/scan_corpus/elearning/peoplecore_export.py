"""Nightly export of training completions to the PeopleCore HRIS.

PeopleCore's SFTP drop picks up encrypted CSV files; the envelope format
(IV followed by ciphertext) is described in the vendor integration guide.
"""
import base64
import csv
import io
import os
from datetime import date

from Crypto.Cipher import DES3 as _TripleDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

from lms.reporting import completions_since

FIELDS = ["employee_id", "course_code", "completed_on", "score", "certificate_id"]


def build_csv(since: date) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS)
    writer.writeheader()
    for row in completions_since(since):
        writer.writerow({k: row[k] for k in FIELDS})
    return buf.getvalue().encode("utf-8")


def encrypt_for_peoplecore(payload: bytes) -> bytes:
    key = base64.b64decode(os.environ["PEOPLECORE_EXPORT_KEY"])
    iv = get_random_bytes(8)
    cipher = _TripleDES.new(key, _TripleDES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(payload, 8))


def write_export(since: date, out_dir: str) -> str:
    name = f"lms_completions_{since:%Y%m%d}.csv.enc"
    path = os.path.join(out_dir, name)
    with open(path, "wb") as fh:
        fh.write(encrypt_for_peoplecore(build_csv(since)))
    return path
