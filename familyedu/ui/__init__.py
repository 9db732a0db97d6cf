"""The Qt desktop: widgets, dialogs and item models. Calls services, never SQL."""
