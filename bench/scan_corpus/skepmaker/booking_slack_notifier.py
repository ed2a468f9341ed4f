"""Posts new course bookings to the workshop's Slack channel."""
import os

import httpx

from skepmaker.courses.models import Booking

SLACK_TIMEOUT = 10.0


def slack_webhook_url() -> str:
    return os.environ["SKEP_SLACK_BOOKINGS_WEBHOOK"]


def booking_blocks(booking: Booking) -> list:
    course = booking.course
    return [
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": (
                    f"*New booking* for *{course.title}* on {course.starts_on:%a %d %b}\n"
                    f"{booking.places} place(s), {course.places_left} left"
                ),
            },
        },
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": f"Ref {booking.reference} · {booking.source}"}],
        },
    ]


async def notify_new_booking(booking: Booking) -> bool:
    payload = {"text": f"New booking: {booking.course.title}", "blocks": booking_blocks(booking)}
    async with httpx.AsyncClient(timeout=SLACK_TIMEOUT) as client:
        response = await client.post(slack_webhook_url(), json=payload)
    return response.status_code == 200


async def notify_course_full(course) -> bool:
    payload = {"text": f":bee: {course.title} on {course.starts_on:%d %b} is now fully booked."}
    async with httpx.AsyncClient(timeout=SLACK_TIMEOUT) as client:
        response = await client.post(slack_webhook_url(), json=payload)
    return response.status_code == 200
