"""Newsroom subscriptions and Payrail webhooks."""
