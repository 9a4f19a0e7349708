#pragma once

// sinergi-bench validate: the full-validation job over N synthetic job seekers (plus their placements), on a
// thread of its own as the app runs it, with the GUI thread's longest event-loop stall measured meanwhile.
int benchValidate(int runs, int rows);
