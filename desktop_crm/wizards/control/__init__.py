"""Control wizards (CTL-1..CTL-8): a check finds records that lack something, a distributor
splits them among executors, a task maker writes one task per executor with one item per
record. Qt-free: the window's wizard and the `control` command call the same engines."""
