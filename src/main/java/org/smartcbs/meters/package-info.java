/**
 * The meter inventory and the assignment of meters to consumers.
 */

package org.smartcbs.meters;
