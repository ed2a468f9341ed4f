"""Celery task that applies merchant-defined discount rules to a cart.

Merchants write rule conditions in the storefront admin, e.g.
``subtotal >= 50 and "sale" in tags``.
"""
import logging
from decimal import Decimal

from celery import shared_task

from shop.models import Cart, DiscountRule

log = logging.getLogger(__name__)

RULE_GLOBALS = {"__builtins__": {}, "min": min, "max": max, "len": len, "Decimal": Decimal}


def _cart_context(cart: Cart) -> dict:
    lines = list(cart.lines.select_related("product"))
    return {
        "subtotal": cart.subtotal,
        "item_count": sum(line.quantity for line in lines),
        "tags": {tag for line in lines for tag in line.product.tag_names()},
        "country": cart.shipping_country,
        "first_order": not cart.customer.orders.exists(),
    }


def _condition_holds(condition: str, context: dict) -> bool:
    return bool(eval(condition, RULE_GLOBALS, context))


@shared_task(bind=True, max_retries=3)
def apply_discounts(self, cart_id: int) -> list[int]:
    cart = Cart.objects.select_related("customer", "merchant").get(pk=cart_id)
    context = _cart_context(cart)
    applied = []
    for rule in DiscountRule.objects.filter(merchant=cart.merchant, active=True).order_by("priority"):
        try:
            if _condition_holds(rule.condition, context):
                cart.apply_discount(rule)
                applied.append(rule.pk)
                if rule.stop_processing:
                    break
        except Exception:
            log.exception("discount rule %s failed to evaluate", rule.pk)
    cart.save(update_fields=["discount_total", "updated_at"])
    return applied
