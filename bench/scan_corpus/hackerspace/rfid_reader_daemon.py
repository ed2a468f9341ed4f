"""Read badges from the PN532 on the front door and ask the access API
whether to open.

Card UIDs are treated as personal data: logs only ever contain the last
four hex digits.
"""
import logging
import os
import time

import requests
from gpiozero import OutputDevice
from pn532pi import Pn532, Pn532I2c, pn532

log = logging.getLogger("rfid")

ACCESS_API = os.environ["ACCESS_API_URL"]
DOOR_TOKEN = os.environ["DOOR_READER_TOKEN"]
STRIKE = OutputDevice(int(os.environ.get("STRIKE_GPIO", "17")), active_high=True)
OPEN_SECONDS = 4


def _mask(uid_hex: str) -> str:
    return "…" + uid_hex[-4:]


def ask_access(uid_hex: str) -> bool:
    resp = requests.post(
        f"{ACCESS_API}/check",
        json={"door": "front", "uid": uid_hex},
        headers={"Authorization": f"Bearer {DOOR_TOKEN}"},
        timeout=3,
    )
    resp.raise_for_status()
    return bool(resp.json().get("allowed"))


def main():
    logging.basicConfig(level=logging.INFO)
    nfc = Pn532(Pn532I2c(1))
    nfc.begin()
    nfc.SAMConfig()
    log.info("reader started, access api %s, token configured: %s", ACCESS_API, bool(DOOR_TOKEN))
    while True:
        ok, uid = nfc.readPassiveTargetID(pn532.PN532_MIFARE_ISO14443A_106KBPS)
        if not ok:
            time.sleep(0.1)
            continue
        uid_hex = uid.hex()
        try:
            allowed = ask_access(uid_hex)
        except requests.RequestException as exc:
            log.error("access API error for card %s: %s", _mask(uid_hex), exc.__class__.__name__)
            allowed = False
        log.info("card %s -> %s", _mask(uid_hex), "open" if allowed else "denied")
        if allowed:
            STRIKE.on()
            time.sleep(OPEN_SECONDS)
            STRIKE.off()
        time.sleep(1)


if __name__ == "__main__":
    main()
