"""Call-out confirmation codes for lifeboat crew pagers.

When a launch is requested each paged crew member receives a one-time code
to enter on the station terminal, which records who actually turned up.
"""
import random
import secrets
import string
import time

CODE_ALPHABET = string.digits
CODE_LENGTH = 6
MAX_SEND_ATTEMPTS = 4


def new_callout_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def page_crew(pager_client, crew_members, launch_id: str) -> dict[str, str]:
    """Send a code to each crew member, retrying flaky pager links with jitter."""
    issued = {}
    for member in crew_members:
        code = new_callout_code()
        for attempt in range(MAX_SEND_ATTEMPTS):
            if pager_client.send(member.pager_id, f"LAUNCH {launch_id} CODE {code}"):
                issued[member.crew_id] = code
                break
            # spread retries so a whole station doesn't hammer the paging gateway at once
            time.sleep((2 ** attempt) + random.uniform(0, 0.5))
    return issued
