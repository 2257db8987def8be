/* The shared library behind the regionclip Python package (loaded with ctypes): the whole of
   regionclip.h, which setup.py copies into the build, plus one function that reports the
   sizes of the structs Python declares, so a header whose structs changed is caught at import
   instead of corrupting memory. */
#define REGIONCLIP_IMPLEMENTATION
#include "regionclip.h"

int rc_python_struct_sizes(size_t *sizes, int n);

/* sizes[0..n) = sizeof rc_error, rc_model_info, rc_image, rc_box, rc_region_opts (as many as
   fit); returns 5, the number of structs. */
int rc_python_struct_sizes(size_t *sizes, int n) {
    const size_t all[5] = {sizeof(rc_error), sizeof(rc_model_info), sizeof(rc_image), sizeof(rc_box),
                           sizeof(rc_region_opts)};
    int i;
    for (i = 0; i < n && i < 5; i++) sizes[i] = all[i];
    return 5;
}
