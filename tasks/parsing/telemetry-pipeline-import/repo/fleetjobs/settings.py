"""Service defaults. Jobs that omit `owner` or `timezone` get these."""

DEFAULT_OWNER = "{{ contact_email }}"
DEFAULT_TIMEZONE = "{{ timezone }}"
MQTT_BROKER = "mqtts://broker.{{ org_domain }}:8883"
