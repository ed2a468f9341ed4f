"""Send SMS reminders to tandem passengers the evening before their flight."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Iterable, List

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("reminders.sms")


@dataclass(frozen=True)
class SmsGatewayConfig:
    account_sid: str = "AC5f1c0e7d92b84a6c9e3b21d47a08f6e1"
    auth_token: str = "9c2e61b7f04a4d83b5e1f0a7c6d2e948"
    sender: str = "SKYLINEPG"
    api_base: str = "https://api.twilio.com/2010-04-01"


@dataclass
class UpcomingFlight:
    booking_ref: str
    passenger_name: str
    phone: str
    meet_time: dt.time
    meeting_point: str


class ReminderSender:
    def __init__(self, db_url: str, config: SmsGatewayConfig = SmsGatewayConfig()) -> None:
        self.engine = create_engine(db_url)
        self.config = config
        self.http = requests.Session()
        self.http.auth = (config.account_sid, config.auth_token)

    def flights_for(self, day: dt.date) -> List[UpcomingFlight]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT booking_ref, passenger_name, phone, meet_time, meeting_point"
                    " FROM tandem_bookings WHERE flight_date = :day AND status = 'confirmed'"
                ),
                {"day": day},
            ).all()
        return [UpcomingFlight(*row) for row in rows]

    def _send(self, to: str, body: str) -> None:
        url = f"{self.config.api_base}/Accounts/{self.config.account_sid}/Messages.json"
        resp = self.http.post(
            url, data={"To": to, "From": self.config.sender, "Body": body}, timeout=10
        )
        resp.raise_for_status()

    def send_reminders(self, flights: Iterable[UpcomingFlight]) -> int:
        sent = 0
        for flight in flights:
            body = (
                f"Hi {flight.passenger_name}, see you tomorrow at "
                f"{flight.meet_time:%H:%M} at {flight.meeting_point}. "
                f"Ref {flight.booking_ref}. Wear sturdy shoes!"
            )
            try:
                self._send(flight.phone, body)
                sent += 1
            except requests.RequestException as exc:
                log.warning("reminder for %s failed: %s", flight.booking_ref, exc)
        return sent


def run_nightly(db_url: str) -> int:
    sender = ReminderSender(db_url)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    return sender.send_reminders(sender.flights_for(tomorrow))
