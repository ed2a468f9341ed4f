"""Encrypt suspicious-activity report bundles and hand them to the regulator relay.

Runs at the end of the nightly AML batch. Each case produces one PDF bundle;
the bundle name is derived from the case reference assigned by the screening
vendor.
"""
import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger("aml.transfer")

REPORT_DIR = Path(os.environ.get("AML_REPORT_DIR", "/srv/aml/reports"))
RELAY_DIR = Path(os.environ.get("AML_RELAY_DIR", "/srv/aml/relay"))
REGULATOR_KEY_ID = os.environ.get("AML_REGULATOR_GPG_KEY", "fiu-submissions")


def encrypt_bundle(bundle: Path, recipient: str = REGULATOR_KEY_ID) -> Path:
    target = RELAY_DIR / (bundle.name + ".gpg")
    cmd = f"gpg --batch --yes --trust-model always -r {recipient} -o {target} --encrypt {bundle}"
    subprocess.run(cmd, shell=True, check=True)
    return target


def transfer_case(case: dict) -> Path:
    bundle = REPORT_DIR / f"SAR_{case['vendor_case_ref']}.pdf"
    if not bundle.exists():
        raise FileNotFoundError(bundle)
    out = encrypt_bundle(bundle)
    log.info("case %s encrypted to %s", case["vendor_case_ref"], out.name)
    return out


def run(cases) -> int:
    done = 0
    for case in cases:
        try:
            transfer_case(case)
            done += 1
        except (FileNotFoundError, subprocess.CalledProcessError) as exc:
            log.error("case %s failed: %s", case.get("vendor_case_ref"), exc)
    return done
