"""Shipment-status webhooks for {{ org_name }}."""

from shipevents.delivery import DeliveryResult, WebhookClient
from shipevents.events import ShipmentEvent
from shipevents.settings import DeliverySettings
from shipevents.subscriptions import Subscription, load_subscriptions

__all__ = [
    "DeliveryResult",
    "DeliverySettings",
    "ShipmentEvent",
    "Subscription",
    "WebhookClient",
    "load_subscriptions",
]
