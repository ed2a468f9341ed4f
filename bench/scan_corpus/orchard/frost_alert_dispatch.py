"""Frost alerts for orchard blocks during blossom.

Weather stations in the blocks report air temperature every five minutes.
When a station drops below the critical temperature for the current bud
stage, the frost protection team is texted.
"""
import json
import logging
import os
from dataclasses import dataclass
from functools import lru_cache

import boto3
from twilio.rest import Client

log = logging.getLogger("frost.alerts")

CRITICAL_C = {"green_tip": -5.0, "tight_cluster": -3.0, "pink": -2.2, "full_bloom": -1.7, "petal_fall": -1.5}

ALERT_SETTINGS = {
    "secret_id": os.environ.get("FROST_SMS_SECRET_ID", "orchard/frost-alerts/twilio"),
    "region": os.environ.get("AWS_REGION", "eu-west-2"),
}


@lru_cache(maxsize=1)
def sms_credentials(secret_id: str = ALERT_SETTINGS["secret_id"]) -> dict:
    sm = boto3.client("secretsmanager", region_name=ALERT_SETTINGS["region"])
    return json.loads(sm.get_secret_value(SecretId=secret_id)["SecretString"])


def sms_client() -> Client:
    creds = sms_credentials()
    return Client(creds["account_sid"], creds["auth_token"])


@dataclass
class StationReading:
    station_id: str
    block_code: str
    air_temp_c: float
    bud_stage: str


def threshold_for(stage: str) -> float:
    return CRITICAL_C.get(stage, CRITICAL_C["full_bloom"])


def dispatch(readings: list[StationReading], team_numbers: list[str]) -> int:
    cold = [r for r in readings if r.air_temp_c <= threshold_for(r.bud_stage) + 0.5]
    if not cold:
        return 0
    lines = [f"{r.block_code} ({r.station_id}) {r.air_temp_c:.1f}C at {r.bud_stage}" for r in cold]
    body = "Frost risk: " + "; ".join(lines)
    client = sms_client()
    sender = sms_credentials()["from_number"]
    for number in team_numbers:
        client.messages.create(to=number, from_=sender, body=body[:600])
    log.warning("frost alert sent to %d people for %d stations", len(team_numbers), len(cold))
    return len(team_numbers)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sample = [StationReading("ws-07", "B12", -1.4, "full_bloom")]
    dispatch(sample, os.environ["FROST_TEAM_NUMBERS"].split(","))
