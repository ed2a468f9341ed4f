"""Text reminders to customers two days before a site fit.

Runs from cron at 08:00; reads tomorrow-but-one's fits from the schedule and
sends an SMS via the messaging provider.
"""
import asyncio
import logging
import os
from datetime import date, timedelta

import asyncpg
import httpx

log = logging.getLogger("fit-reminders")

SMS_API_URL = "https://api.sms-provider.example/v1/messages"
SENDER_ID = os.environ.get("SMS_SENDER_ID", "Joinery")

TEMPLATE = (
    "Hi {first_name}, a reminder that our fitters are booked to install your "
    "{product} on {fit_date:%A %d %B}. Reply STOP to opt out."
)


async def fits_on(pool: asyncpg.Pool, day: date) -> list[asyncpg.Record]:
    return await pool.fetch(
        "SELECT f.id, f.product, c.first_name, c.mobile FROM site_fits f "
        "JOIN customers c ON c.id = f.customer_id "
        "WHERE f.fit_date = $1 AND f.status = 'confirmed' AND c.sms_opt_in",
        day,
    )


async def send_sms(client: httpx.AsyncClient, to: str, body: str) -> str:
    resp = await client.post(
        SMS_API_URL,
        headers={"Authorization": f"Bearer {os.environ['SMS_API_TOKEN']}"},
        json={"from": SENDER_ID, "to": to, "body": body},
    )
    resp.raise_for_status()
    return resp.json()["message_id"]


async def main() -> None:
    day = date.today() + timedelta(days=2)
    pool = await asyncpg.create_pool(os.environ["SCHEDULE_DATABASE_URL"])
    try:
        fits = await fits_on(pool, day)
        async with httpx.AsyncClient(timeout=15) as client:
            for fit in fits:
                body = TEMPLATE.format(
                    first_name=fit["first_name"],
                    product=fit["product"].replace("_", " "),
                    fit_date=day,
                )
                message_id = await send_sms(client, fit["mobile"], body)
                log.info("Reminder for fit %s sent as %s", fit["id"], message_id)
    finally:
        await pool.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
