public class HeightChecker
{
  public static int heightChecker( int[] h )
  {
    int size = h.length;
    int[] ordered = new int[ size ];
    for ( int a = 0; a < size; a++ ) ordered[ a ] = h[ a ];

    for ( int a = 1; a < size; a++ )
    {
      int cur = ordered[ a ];
      int b = a - 1;
      while ( b >= 0 && ordered[ b ] > cur )
      {
        ordered[ b + 1 ] = ordered[ b ];
        b--;
      }
      ordered[ b + 1 ] = cur;
    }

    int mismatches = 0;
    for ( int a = 0; a < size; a++ )
    {
      if ( h[ a ] != ordered[ a ] )
      {
        mismatches++;
      }
    }
    return mismatches;
  }
}
