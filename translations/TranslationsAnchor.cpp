// The translations library only carries the compiled .qm resources; a static library needs one object.
namespace forlop::translations {
int anchor = 0;
}
