/**
 * EXT_meshopt_compression written with vertex attributes of the same layout (stride, filter) shared
 * across meshes in one compressed buffer view, instead of one view per mesh: the model has some 250
 * meshes, and each view costs about 230 bytes of JSON. Readers see ordinary accessors with byte
 * offsets into a view (three.js decodes a view once and slices it).
 */
import { PropertyType, type WriterContext } from '@gltf-transform/core';
import { EXTMeshoptCompression } from '@gltf-transform/extensions';

/** The meshopt extension, writing vertex attributes in views shared by every mesh of the same layout. */
export class SharedViewMeshoptCompression extends EXTMeshoptCompression {
  /** Ungroups vertex attributes from their primitive before the extension claims the accessors. */
  override prewrite(context: WriterContext, propertyType: PropertyType): this {
    if (propertyType === PropertyType.ACCESSOR) context.accessorUsageGroupedByParent.delete('ARRAY_BUFFER');
    return super.prewrite(context, propertyType);
  }
}
