/**
 * Bill runs and the bills they issue.
 */

package org.smartcbs.billing;
