"""Structured logging of web-shop checkout events.

Small pieces (pans, mugs, polishing kits) are sold online; checkout events
feed the conversion dashboard.
"""
import structlog

log = structlog.get_logger("coppersmith.shop.checkout")


def mask_pan(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"**** **** **** {digits[-4:]}" if len(digits) >= 12 else "****"


def card_summary(card: dict) -> dict:
    return {
        "brand": card.get("brand", "unknown"),
        "masked": mask_pan(card.get("number", "")),
        "country": card.get("country"),
    }


def log_checkout_attempt(cart_id: str, total_cents: int, card: dict) -> None:
    log.info(
        "checkout.attempt",
        cart=cart_id,
        total_cents=total_cents,
        card=card_summary(card),
    )


def log_checkout_result(cart_id: str, ok: bool, gateway_ref: str | None, reason: str = "") -> None:
    if ok:
        log.info("checkout.paid", cart=cart_id, gateway_ref=gateway_ref)
    else:
        log.warning("checkout.declined", cart=cart_id, reason=reason)
